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

/// What changes the store: an action on the view, the browser going to a URL of its own (Back, Forward), other data
/// opened (a reader's own, or the built-in data again), or the data a link carries opened (or, where it could not be,
/// the built-in data) for the link's query, with what opening it said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    Act(Action),
    Open(String),
    Data(Data),
    Linked(Data, String, String),
}

/// The data a view reads, before it is counted one way or another: the built-in data or a reader's. Told apart by
/// identity: two datasets are the same data when they are the same dataset.
#[derive(Clone, Copy, Debug)]
pub struct Data(pub &'static Dataset);

impl PartialEq for Data {
    fn eq(&self, other: &Data) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for Data {}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    pub data: Data,
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
    pub fn open(query: &str, embedded: bool, ds: &'static Dataset) -> Store {
        let (mut state, notices) = url_state::parse(query, ds);
        state.embed |= embedded;
        Store { data: Data(ds), state, notices, history: History::Replace, embedded }
    }

    /// The store after a message; an action that changes nothing gives back the store as it was.
    pub fn next(&self, msg: Msg) -> Store {
        let ds = self.data.0;
        match msg {
            Msg::Act(action) => {
                let history = match action {
                    Action::SetQuery(_) | Action::SetAsOf(_) | Action::SetFrom(_) => History::Replace,
                    _ => History::Push,
                };
                let state = self.state.apply(action, ds);
                match state == self.state {
                    true => self.clone(),
                    false => Store { state, notices: self.notices.clone(), history, ..*self },
                }
            }
            Msg::Open(query) => Store::open(&query, self.embedded, ds),
            // Other data: its default view, embedded as the page is; a new entry, so Back returns to the data before.
            Msg::Data(Data(other)) => Store {
                history: History::Push,
                ..Store::open(if self.state.embed { "embed" } else { "" }, self.embedded, other)
            },
            Msg::Linked(Data(data), query, said) => {
                let mut opened = Store::open(&query, self.embedded, data);
                opened.notices.insert(0, said);
                opened
            }
        }
    }
}
