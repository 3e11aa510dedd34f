//! The app's one store: the view state, what the page's URL had to have ignored, and how the browser's history should
//! record the latest change. Only `Store::next` changes it.

use crate::dataset::Dataset;
use crate::state::{Action, State};
use crate::url_state;

/// How the browser history should record the latest change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A discrete change: a new entry, so Back returns to the previous view.
    Push,
    /// A continuous change (typing, dragging the timeline), the page's first view, or one the history itself went to
    /// (Back, Forward): its URL, made canonical, replaces the entry, so Back is not flooded.
    Replace,
}

/// What changes the store: an action on the view, or the browser going to a URL of its own (Back, Forward).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    Act(Action),
    Open(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    pub state: State,
    /// What the URL the view was opened at had to have ignored or changed.
    pub notices: Vec<String>,
    pub history: History,
    /// Whether the page is embedded whatever its URL says (the embed page): then so is every URL its history opens.
    pub embedded: bool,
}

impl Store {
    /// The store of a page opened at the query string `query`; `embedded` where the page is embedded whatever its URL
    /// says (the embed page).
    pub fn open(query: &str, embedded: bool, ds: &Dataset) -> Store {
        let (mut state, notices) = url_state::parse(query, ds);
        state.embed |= embedded;
        Store { state, notices, history: History::Replace, embedded }
    }

    /// The store after a message; an action that changes nothing gives back the store as it was.
    pub fn next(&self, msg: Msg, ds: &Dataset) -> Store {
        match msg {
            Msg::Act(action) => {
                let history = match action {
                    Action::SetQuery(_) | Action::SetAsOf(_) | Action::SetFrom(_) => History::Replace,
                    _ => History::Push,
                };
                let state = self.state.apply(action, ds);
                match state == self.state {
                    true => self.clone(),
                    false => Store { state, notices: self.notices.clone(), history, embedded: self.embedded },
                }
            }
            Msg::Open(query) => Store::open(&query, self.embedded, ds),
        }
    }
}
