//! The store: the one place the view changes, with what its URL had to ignore and how history records each change.

use overlap::dataset::DATASET;
use overlap::sets::ActorSet;
use overlap::state::{Action, Subject};
use overlap::store::{History, Msg, Store};

fn jp() -> usize {
    DATASET.actor_by_id("jp").unwrap()
}

#[test]
fn going_back_to_a_url_sets_its_view_and_its_notices_in_one_step() {
    let store = Store::open("sets=eu,jp", false, &DATASET);
    assert_eq!((store.notices.len(), store.history), (0, History::Replace));
    let back = store.next(Msg::Open("?sets=eu,zz&view=pie".into()), &DATASET);
    assert_eq!(back.state.actors, ActorSet::single(0));
    assert_eq!(back.notices.len(), 2, "{:?}", back.notices);
    assert_eq!(back.history, History::Replace, "the entry gone back to is made canonical, not pushed");
    // An action keeps the URL's notices (they say what the page was opened with).
    let acted = back.next(Msg::Act(Action::SetActor(jp(), true)), &DATASET);
    assert_eq!((acted.notices.len(), acted.history), (2, History::Push));
}

#[test]
fn continuous_changes_replace_and_discrete_ones_push() {
    let store = Store::open("", false, &DATASET);
    for action in [Action::SetQuery("chips".into()), Action::SetAsOf(None)] {
        assert_eq!(store.next(Msg::Act(action), &DATASET).history, History::Replace);
    }
    let timeline = DATASET.timeline();
    let compared = store.next(Msg::Act(Action::Compare(Some((timeline[0], timeline[3])))), &DATASET);
    assert_eq!(compared.history, History::Push);
    assert_eq!(compared.next(Msg::Act(Action::SetFrom(timeline[1])), &DATASET).history, History::Replace);
}

#[test]
fn an_embedded_page_stays_embedded_whatever_url_it_goes_back_to() {
    let store = Store::open("sets=eu,jp", true, &DATASET);
    assert!(store.state.embed);
    assert!(store.next(Msg::Open("sets=eu".into()), &DATASET).state.embed);
    assert!(!Store::open("sets=eu", false, &DATASET).state.embed);
    // The full page opened with ?embed is embedded by its URL alone: a URL without it is not.
    let flagged = Store::open("embed&sets=eu", false, &DATASET);
    assert!(flagged.state.embed && !flagged.next(Msg::Open("sets=eu".into()), &DATASET).state.embed);
}

#[test]
fn an_action_that_changes_nothing_gives_back_the_store_as_it_was() {
    let typed = Store::open("", false, &DATASET).next(Msg::Act(Action::SetQuery("chips".into())), &DATASET);
    assert_eq!(typed.history, History::Replace);
    // Ticking a ticked box: no new history entry, nothing to render.
    assert_eq!(typed.next(Msg::Act(Action::SetActor(jp(), true)), &DATASET), typed);
}

#[test]
fn the_reducer_decides_select_or_unselect_so_two_quick_clicks_undo_each_other() {
    let pick = Subject::Intersection(ActorSet::single(0).with(jp()));
    let store = Store::open("", false, &DATASET);
    let once = store.next(Msg::Act(Action::Toggle(pick)), &DATASET);
    assert_eq!(once.state.subject, Some(pick));
    // The second click was made before the page showed the first: it still unselects.
    assert_eq!(once.next(Msg::Act(Action::Toggle(pick)), &DATASET).state.subject, None);
    // A box's value is what it was set to, however often it is sent.
    let off = store.next(Msg::Act(Action::SetActor(jp(), false)), &DATASET);
    let again = off.next(Msg::Act(Action::SetActor(jp(), false)), &DATASET);
    assert!(!again.state.actors.contains(jp()));
}
