//! The runtime's one error type: why the VM itself, or a call into it, failed. A Java exception
//! thrown and not caught is reported here too, as data copied out of the heap; while the program
//! runs, Java exceptions are guest values, never this type.

/// A Java exception that escaped to the host, with what a host needs to report it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JavaException {
    /// Binary name with dots, e.g. `java.lang.IllegalStateException`.
    pub class_name: String,
    pub message: Option<String>,
    /// The `printStackTrace` text, as HotSpot would print it.
    pub stack_trace: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The guest threw an exception that nothing caught.
    #[error("uncaught Java exception {}{}", .0.class_name, .0.message.as_ref().map(|m| format!(": {m}")).unwrap_or_default())]
    Exception(Box<JavaException>),
    /// A limit stopped the guest; the VM cannot be used any more.
    #[error("{0}")]
    Stopped(StopReason),
    /// The guest called `System.exit` (or `Runtime.halt`) with this status.
    #[error("the program exited with status {0}")]
    Exit(i32),
    /// The main class could not be found (`cause` is the exception, as `Class: message`).
    #[error("Could not find or load main class {class}\nCaused by: {cause}")]
    MainClassNotFound { class: String, cause: String },
    /// The main class loaded but failed to link (verification).
    #[error("Unable to initialize main class {class}\nCaused by: {cause}")]
    MainClassInit { class: String, cause: String },
    /// The main class exists but failed to load (malformed, unsupported version...).
    #[error("LinkageError occurred while loading main class {class}\n\t{cause}")]
    MainClassLinkage { class: String, cause: String },
    /// The main class has no main method the launcher can run (a static `main(String[])`, or
    /// one of the JEP 512 forms: see `find_main_method`).
    #[error("Main method not found in class {0}, please define the main method as:\n   public static void main(String[] args)\nor a JavaFX application class must extend javafx.application.Application")]
    MainMethodNotFound(String),
    /// The main class of a class file before Java 25 has a public `main(String[])` that is
    /// not static (HotSpot 17's message).
    #[error("Main method is not static in class {0}, please define the main method as:\n   public static void main(String[] args)")]
    MainMethodNotStatic(String),
    /// The main class of a class file before Java 25 has a public static `main(String[])`
    /// that returns a value (HotSpot 17's message, with its line break).
    #[error("Main method must return a value of type void in class {0}, please \ndefine the main method as:\n   public static void main(String[] args)")]
    MainMethodNotVoid(String),
    /// A class-path entry or option is unusable.
    #[error("{0}")]
    Configuration(String),
    /// A call from the host named something that does not exist or does not fit.
    #[error("{0}")]
    InvalidArgument(String),
    /// The VM could not start (for example, its class library is broken).
    #[error("VM start-up failed: {0}")]
    Startup(String),
    /// A bug in Cortado itself.
    #[error("internal error: {0}")]
    Internal(String),
}

pub type Result<T> = std::result::Result<T, Error>;

/// Why a VM was stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StopReason {
    /// The guest used up its instruction budget (`VmOptions::fuel`).
    #[error("the guest ran out of fuel")]
    FuelExhausted,
    /// The guest ran past its deadline (`VmOptions::deadline`).
    #[error("the guest ran past its deadline")]
    DeadlineExceeded,
    /// The host interrupted the guest (`InterruptHandle::interrupt`).
    #[error("the host interrupted the guest")]
    Interrupted,
    /// The guest loaded more classes than allowed (`VmOptions::max_classes`).
    #[error("the guest loaded more classes than allowed")]
    ClassLimit,
    /// The guest wrote more to its standard output and error than allowed
    /// (`VmOptions::max_output_bytes`).
    #[error("the guest wrote more output than allowed")]
    OutputLimit,
}
