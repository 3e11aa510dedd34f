//! The as-of timeline: the dates of the events that took place, in order, as the steps of the timeline sliders.

use super::date::Date;
use std::ops::Deref;

/// The timeline's steps, in time order, each once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timeline(pub Vec<Date>);

impl Deref for Timeline {
    type Target = [Date];

    fn deref(&self) -> &[Date] {
        &self.0
    }
}

impl Timeline {
    /// The last step, if any.
    pub fn end(&self) -> Option<Date> {
        self.0.last().copied()
    }

    /// A slider's position for a date: the last step on or before it (the first step for a date before them all).
    pub fn position(&self, date: Date) -> usize {
        self.0.iter().filter(|t| **t <= date).count().saturating_sub(1)
    }

    /// The step at a slider's position; none past the last step (the as-of slider's "every event").
    pub fn at(&self, position: usize) -> Option<Date> {
        self.0.get(position).copied()
    }

    /// The step a date counts the same events as: the last one on or before it, or the first for an earlier date.
    pub fn snap(&self, date: Date) -> Option<Date> {
        self.0.iter().rev().find(|t| **t <= date).or(self.0.first()).copied()
    }

    /// The last step before a date.
    pub fn step_before(&self, date: Date) -> Option<Date> {
        self.0.iter().rev().find(|t| **t < date).copied()
    }
}
