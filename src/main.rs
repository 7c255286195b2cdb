use std::process::ExitCode;

use clap::Parser;
use pcc_conformance::cli::{Cli, Command, execute};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if !matches!(
        cli.command,
        Command::Mock(_) | Command::Proxy(_) | Command::VerifyClient(_)
    ) {
        end_quietly_on_a_closed_pipe();
    }
    ExitCode::from(execute(cli))
}

/// A command that prints and ends (`run … | head`) ends quietly when its reader goes away, as other
/// command-line tools do, instead of failing on the next line it prints. The servers keep Rust's
/// default (a write to a closed pipe is an error they ignore), so a closed terminal does not stop them.
fn end_quietly_on_a_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: restoring the default action of SIGPIPE at start-up, before any thread writes.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
