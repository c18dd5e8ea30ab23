pub mod forms;
pub mod medicines;
pub mod next_session;
pub mod preparation;
pub mod preparation_form;
