//! The store: the one place the view changes, with what its URL had to ignore and how history records each change.

use overlap::dataset::DATASET;
use overlap::sets::ActorSet;
use overlap::state::{Action, State, Subject};
use overlap::store::{History, Msg, Store};
use overlap::url_state;

fn jp() -> usize {
    DATASET.actor_by_id("jp").unwrap()
}

#[test]
fn going_back_to_a_url_sets_its_view_and_its_notices_in_one_step() {
    let store = Store::open("sets=eu,jp", false, &DATASET);
    assert_eq!((store.notices.len(), store.history), (0, History::Replace));
    let back = store.next(Msg::Open("?sets=eu,zz&view=pie".into()));
    assert_eq!(back.state.actors, ActorSet::single(0));
    assert_eq!(back.notices.len(), 2, "{:?}", back.notices);
    assert_eq!(back.history, History::Replace, "the entry gone back to is made canonical, not pushed");
    // An action keeps the URL's notices (they say what the page was opened with).
    let acted = back.next(Msg::Act(Action::SetActor(jp(), true)));
    assert_eq!((acted.notices.len(), acted.history), (2, History::Push));
}

#[test]
fn continuous_changes_replace_and_discrete_ones_push() {
    let store = Store::open("", false, &DATASET);
    for action in [Action::SetQuery("chips".into()), Action::SetAsOf(None)] {
        assert_eq!(store.next(Msg::Act(action)).history, History::Replace);
    }
    let timeline = DATASET.timeline();
    let compared = store.next(Msg::Act(Action::Compare(Some((timeline[0], timeline[3])))));
    assert_eq!(compared.history, History::Push);
    assert_eq!(compared.next(Msg::Act(Action::SetFrom(timeline[1]))).history, History::Replace);
}

#[test]
fn an_embedded_page_stays_embedded_whatever_url_it_goes_back_to() {
    let store = Store::open("sets=eu,jp", true, &DATASET);
    assert!(store.state.embed);
    assert!(store.next(Msg::Open("sets=eu".into())).state.embed);
    assert!(!Store::open("sets=eu", false, &DATASET).state.embed);
    // The full page opened with ?embed is embedded by its URL alone: a URL without it is not.
    let flagged = Store::open("embed&sets=eu", false, &DATASET);
    assert!(flagged.state.embed && !flagged.next(Msg::Open("sets=eu".into())).state.embed);
}

#[test]
fn an_action_that_changes_nothing_gives_back_the_store_as_it_was() {
    let typed = Store::open("", false, &DATASET).next(Msg::Act(Action::SetQuery("chips".into())));
    assert_eq!(typed.history, History::Replace);
    // Ticking a ticked box: no new history entry, nothing to render.
    assert_eq!(typed.next(Msg::Act(Action::SetActor(jp(), true))), typed);
}

#[test]
fn the_reducer_decides_select_or_unselect_so_two_quick_clicks_undo_each_other() {
    let pick = Subject::Intersection(ActorSet::single(0).with(jp()));
    let store = Store::open("", false, &DATASET);
    let once = store.next(Msg::Act(Action::Toggle(pick)));
    assert_eq!(once.state.subject, Some(pick));
    // The second click was made before the page showed the first: it still unselects.
    assert_eq!(once.next(Msg::Act(Action::Toggle(pick))).state.subject, None);
    // A box's value is what it was set to, however often it is sent.
    let off = store.next(Msg::Act(Action::SetActor(jp(), false)));
    let again = off.next(Msg::Act(Action::SetActor(jp(), false)));
    assert!(!again.state.actors.contains(jp()));
}

#[test]
fn other_data_opens_at_its_default_view_and_the_built_in_data_comes_back_the_same_way() {
    use overlap::dataset::Date;
    use overlap::reader::{dataset::dataset, open, Options};
    use overlap::store::Data;
    let text = b"gene,A,B\nx,1,1\ny,0,1\n";
    let theirs = dataset(open(text, Options::default()).unwrap(), "genes.csv", Date { year: 2026, month: 12, day: 3 });
    let store = Store::open("sets=eu,zz&mode=inclusive", false, &DATASET);
    assert!(!store.notices.is_empty());
    let opened = store.next(Msg::Data(Data(theirs)));
    assert_eq!((opened.data, opened.history, opened.notices.len()), (Data(theirs), History::Push, 0));
    assert_eq!(opened.state, State::default_for(theirs));
    assert_eq!(url_state::render(&opened.state, theirs), "");
    // Its sets are its own, largest first (B, then A): ticking one acts on it.
    let ticked = opened.next(Msg::Act(Action::SetActor(1, false)));
    assert_eq!(url_state::render(&ticked.state, theirs), "sets=b");
    let back = ticked.next(Msg::Data(Data(&DATASET)));
    assert_eq!((back.data, back.state.clone()), (Data(&DATASET), State::default_for(&DATASET)));
    // Embedded, the other data stays embedded.
    assert!(Store::open("", true, &DATASET).next(Msg::Data(Data(theirs))).state.embed);
}

#[test]
fn the_data_a_link_carries_opens_at_the_link_s_view_saying_what_was_opened() {
    use overlap::dataset::{Carried, Date};
    use overlap::reader::{dataset::dataset, open, Options};
    use overlap::store::Data;
    let text = b"gene,A,B\nx,1,1\ny,0,1\n";
    let theirs = dataset(open(text, Options::default()).unwrap(), "genes.csv", Date { year: 2026, month: 12, day: 3 });
    let Some(Carried::Fragment(packed)) = theirs.supplied.map(|s| s.link) else { panic!("small data is not packed") };
    // The page opened at the link's query, read in the built-in data until its own arrives.
    let waiting = Store::open("view=matrix&sets=b&zz=1", false, &DATASET);
    let said = "Opened genes.csv: 2 sets, 2 elements, from this link.".to_string();
    let opened = waiting.next(Msg::Linked(Data(theirs), "?view=matrix&sets=b&zz=1".into(), said.clone()));
    assert_eq!(opened.data, Data(theirs));
    assert_eq!(opened.notices, [said, "Ignored unknown parameter “zz”.".to_string()]);
    assert_eq!(url_state::render(&opened.state, theirs), "sets=b&view=matrix");
    assert_eq!(url_state::fragment(theirs), format!("#data={packed}"));
    assert!(url_state::shared(&opened.state, theirs).ends_with(&format!("&v={}#data={packed}", theirs.version)));
    // The query a link's view is read from ignores its fragment.
    assert_eq!(url_state::parse(&format!("sets=b#data={packed}"), theirs).1, Vec::<String>::new());
}
