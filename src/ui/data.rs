//! The app's data context. (Interim: settings only, until the store lands.)

use crate::domain::model::Settings;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct DataHandle {
    settings: UseStateHandle<Rc<Settings>>,
}

impl DataHandle {
    pub fn settings(&self) -> Rc<Settings> {
        (*self.settings).clone()
    }
    pub fn save_settings(&self, s: Settings) {
        self.settings.set(Rc::new(s));
    }
}

#[derive(Properties, PartialEq)]
pub struct DataProviderProps {
    pub children: Html,
}

#[component]
pub fn DataProvider(props: &DataProviderProps) -> Html {
    let settings = use_state(|| Rc::new(Settings::default()));
    let handle = DataHandle { settings };
    html! {
        <ContextProvider<DataHandle> context={handle}>{ props.children.clone() }</ContextProvider<DataHandle>>
    }
}

#[hook]
pub fn use_data() -> DataHandle {
    use_context::<DataHandle>().expect("DataProvider wraps the app")
}
