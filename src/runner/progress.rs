//! A progress line on a terminal (indicatif); nothing when output is not a terminal.
use std::{io::IsTerminal, sync::Arc};

use indicatif::{ProgressBar, ProgressStyle};

use super::Status;

#[derive(Clone)]
pub struct Progress(Option<Arc<ProgressBar>>);

impl Progress {
    pub fn new(wanted: bool) -> Progress {
        if !wanted || !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {pos} scenarios {msg} [{elapsed}]")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        Progress(Some(Arc::new(bar)))
    }

    pub fn done(&self, status: Status) {
        if let Some(bar) = &self.0 {
            bar.inc(1);
            if status == Status::Failed {
                let failed = bar
                    .message()
                    .split_whitespace()
                    .next()
                    .and_then(|n| n.parse::<u64>().ok())
                    .unwrap_or(0)
                    + 1;
                bar.set_message(format!("{failed} failed"));
            }
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
