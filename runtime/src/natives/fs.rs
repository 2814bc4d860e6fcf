//! Natives of `jdk.internal.io.HostFiles`: the file-system operations behind java.io.File,
//! RandomAccessFile, the file streams and java.nio.file. Each is a thin call through the host
//! door (`host/`); errors come back as negative error numbers (`-errno`) and Java turns them
//! into the JDK's exceptions, so path logic and messages live in Java.

use cortado_gc::{Ref, NULL};

use crate::class::{BasicType, LoaderId};
use crate::exceptions::null_pointer;
use crate::host::{errno_of, FileStat, OpenFlags};
use crate::natives::{int_result, long_result, ref_result, Args, NativeRegistry};
use crate::objects::{array_length, element_offset, new_array, new_string, rust_string};
use crate::vm::{Env, JResult};

const CLASS: &str = "jdk/internal/io/HostFiles";

/// What a thread in a file-system call is doing, for thread dumps.
const FS: &str = "RUNNABLE (file system)";

pub(super) fn register(registry: &mut NativeRegistry) {
    registry.add(CLASS, "open0", "(Ljava/lang/String;I)I", open);
    for class in ["java/io/FileInputStream", "java/io/FileOutputStream"] {
        registry.add(class, "open0", "(Ljava/lang/String;I)I", open_or_throw);
    }
    registry.add(CLASS, "seek0", "(IJI)J", seek);
    registry.add(CLASS, "setLength0", "(IJ)I", set_length);
    registry.add(CLASS, "stat0", "(Ljava/lang/String;Z[J)I", stat);
    registry.add(CLASS, "space0", "(Ljava/lang/String;[J)I", space);
    registry.add(
        CLASS,
        "list0",
        "(Ljava/lang/String;[I)[Ljava/lang/String;",
        list,
    );
    registry.add(CLASS, "mkdir0", "(Ljava/lang/String;)I", |env, args| {
        let path = path_arg(env, args, 0)?;
        status(env.host_blocking(FS, |host| host.mkdir(&path))?)
    });
    registry.add(CLASS, "delete0", "(Ljava/lang/String;)I", |env, args| {
        let path = path_arg(env, args, 0)?;
        status(env.host_blocking(FS, |host| host.delete(&path))?)
    });
    registry.add(
        CLASS,
        "rename0",
        "(Ljava/lang/String;Ljava/lang/String;)I",
        |env, args| {
            let from = path_arg(env, args, 0)?;
            let to = path_arg(env, args, 1)?;
            status(env.host_blocking(FS, |host| host.rename(&from, &to))?)
        },
    );
    registry.add(
        CLASS,
        "symlink0",
        "(Ljava/lang/String;Ljava/lang/String;)I",
        |env, args| {
            let target = path_arg(env, args, 0)?;
            let link = path_arg(env, args, 1)?;
            status(env.host_blocking(FS, |host| host.symlink(&target, &link))?)
        },
    );
    registry.add(
        CLASS,
        "link0",
        "(Ljava/lang/String;Ljava/lang/String;)I",
        |env, args| {
            let existing = path_arg(env, args, 0)?;
            let link = path_arg(env, args, 1)?;
            status(env.host_blocking(FS, |host| host.hard_link(&existing, &link))?)
        },
    );
    registry.add(
        CLASS,
        "realpath0",
        "(Ljava/lang/String;[I)Ljava/lang/String;",
        real_path,
    );
    // capability: none (the process's own mask, which decides nothing the guest can reach).
    registry.add(CLASS, "umask0", "()I", |_env, _args| {
        int_result(crate::host::umask() as i32)
    });
    registry.add(
        CLASS,
        "principalName0",
        "(IZ)Ljava/lang/String;",
        |env, args| {
            let id = args.int(env, 0) as u32;
            let group = args.int(env, 1) != 0;
            match env.host_blocking(FS, |host| host.principal_name(id, group))? {
                Ok(Some(name)) => ref_result(new_string(env, &name)?),
                Ok(None) | Err(_) => ref_result(NULL),
            }
        },
    );
    registry.add(
        CLASS,
        "readlink0",
        "(Ljava/lang/String;[I)Ljava/lang/String;",
        read_link,
    );
    registry.add(
        CLASS,
        "setLastModified0",
        "(Ljava/lang/String;J)I",
        |env, args| {
            let path = path_arg(env, args, 0)?;
            let millis = args.long(env, 1);
            status(env.host_blocking(FS, |host| host.set_modified(&path, millis))?)
        },
    );
    registry.add(CLASS, "access0", "(Ljava/lang/String;I)I", |env, args| {
        let path = path_arg(env, args, 0)?;
        let mode = args.int(env, 1);
        status(env.host_blocking(FS, |host| host.access(&path, mode))?)
    });
    registry.add(CLASS, "setMode0", "(Ljava/lang/String;I)I", |env, args| {
        let path = path_arg(env, args, 0)?;
        let mode = args.int(env, 1) as u32;
        status(env.host_blocking(FS, |host| host.set_mode(&path, mode))?)
    });
    registry.add(CLASS, "strerror0", "(I)Ljava/lang/String;", |env, args| {
        let text = crate::host::error_text(args.int(env, 0));
        ref_result(new_string(env, &text)?)
    });
}

/// A path argument as a Rust string (null → NullPointerException).
fn path_arg(env: &mut Env, args: Args, i: usize) -> JResult<String> {
    let string = args.reference(env, i);
    if string == NULL {
        return Err(null_pointer(env));
    }
    Ok(rust_string(env.vm, string))
}

/// 0 on success, `-errno` on failure.
fn status(result: std::io::Result<()>) -> JResult<u64> {
    int_result(match result {
        Ok(()) => 0,
        Err(error) => -errno_of(&error),
    })
}

/// `open0(path, flags)`: flags 1 READ, 2 WRITE, 4 APPEND, 8 CREATE, 16 CREATE_NEW, 32 TRUNCATE.
fn open(env: &mut Env, args: Args) -> JResult<u64> {
    let path = path_arg(env, args, 0)?;
    let bits = args.int(env, 1);
    let flags = OpenFlags {
        read: bits & 1 != 0,
        write: bits & 2 != 0,
        append: bits & 4 != 0,
        create: bits & 8 != 0,
        create_new: bits & 16 != 0,
        truncate: bits & 32 != 0,
    };
    let mut opener = match env.host_call(|host| host.open(&path, flags))? {
        Ok(opener) => opener,
        Err(error) => return int_result(-errno_of(&error)),
    };
    // Without the VM lock; opening a FIFO waits (in slices) for its other end.
    int_result(
        match env.host_wait("RUNNABLE (opening a file)", &mut opener)? {
            Ok(file) => env.vm.host.add_file(file),
            Err(error) => -errno_of(&error),
        },
    )
}

/// `FileInputStream.open0(path, flags)` and `FileOutputStream.open0`: `HostFiles.open0`, but a
/// failure is thrown from the native frame, as the JDK's open0 throws it (so that the stack
/// trace starts with `open0(Native Method)`): FileNotFoundException("<path> (<reason>)").
fn open_or_throw(env: &mut Env, args: Args) -> JResult<u64> {
    let fd = open(env, args)? as u32 as i32;
    if fd >= 0 {
        return int_result(fd);
    }
    let path = path_arg(env, args, 0)?;
    let message = format!("{path} ({})", crate::host::error_text(-fd));
    Err(crate::exceptions::throw_new(
        env,
        "java/io/FileNotFoundException",
        Some(&message),
    ))
}

fn seek(env: &mut Env, args: Args) -> JResult<u64> {
    let fd = args.int(env, 0);
    let offset = args.long(env, 1);
    let whence = args.int(env, 3);
    long_result(
        match env.host_blocking(FS, |host| {
            host.file(fd).map(|file| move || file.seek(offset, whence))
        })? {
            Ok(position) => position,
            Err(error) => -(errno_of(&error) as i64),
        },
    )
}

fn set_length(env: &mut Env, args: Args) -> JResult<u64> {
    let fd = args.int(env, 0);
    let length = args.long(env, 1).max(0) as u64;
    status(env.host_blocking(FS, |host| {
        host.file(fd).map(|file| move || file.set_length(length))
    })?)
}

/// `stat0(path, follow, out)`: out (length >= 4) gets kind, size, mtime ms, mode.
fn stat(env: &mut Env, args: Args) -> JResult<u64> {
    let path = path_arg(env, args, 0)?;
    let follow = args.int(env, 1) != 0;
    let result: std::io::Result<FileStat> =
        env.host_blocking(FS, |host| host.stat(&path, follow))?;
    let values = result.map(|stat| {
        [
            stat.kind,
            stat.size,
            stat.modified_millis,
            stat.mode,
            stat.modified.0,
            stat.modified.1,
            stat.accessed.0,
            stat.accessed.1,
            stat.changed.0,
            stat.changed.1,
            stat.inode,
            stat.device,
            stat.links,
            stat.uid,
            stat.gid,
            stat.created.0,
            stat.created.1,
        ]
    });
    longs_out(env, args.reference(env, 2), values)
}

/// Writes `values` to the `long[]` `out` (as many as fit) and returns 0, or the error's
/// negated errno: the result of the natives that fill an array the Java side passes.
fn longs_out<const N: usize>(
    env: &mut Env,
    out: Ref,
    values: std::io::Result<[i64; N]>,
) -> JResult<u64> {
    if out == NULL {
        return Err(null_pointer(env));
    }
    match values {
        Ok(values) => {
            let count = N.min(array_length(env.vm, out).max(0) as usize);
            for (i, value) in values.iter().take(count).enumerate() {
                crate::objects::write_value(
                    env.vm,
                    out,
                    element_offset(BasicType::Long, i),
                    BasicType::Long,
                    *value as u64,
                );
            }
            int_result(0)
        }
        Err(error) => int_result(-errno_of(&error)),
    }
}

/// `space0(path, out)`: out (length >= 3) gets the total, free and usable bytes of the file
/// system holding path.
fn space(env: &mut Env, args: Args) -> JResult<u64> {
    let path = path_arg(env, args, 0)?;
    let result = env.host_blocking(FS, |host| host.space(&path))?;
    longs_out(env, args.reference(env, 1), result)
}

/// `list0(path, err)`: the names in a directory, or null with err[0] = errno.
/// `readlink0(path, err)`: the target of the symbolic link, or null with `err[0] = errno`.
fn read_link(env: &mut Env, args: Args) -> JResult<u64> {
    let path = path_arg(env, args, 0)?;
    match env.host_blocking(FS, |host| host.read_link(&path))? {
        Ok(target) => ref_result(new_string(env, &target)?),
        Err(error) => {
            store_errno(env, args.reference(env, 1), &error);
            ref_result(NULL)
        }
    }
}

/// `realpath0(path, err)`: the resolved absolute path, or null with `err[0] = errno`.
fn real_path(env: &mut Env, args: Args) -> JResult<u64> {
    let path = path_arg(env, args, 0)?;
    match env.host_blocking(FS, |host| host.real_path(&path))? {
        Ok(real) => ref_result(new_string(env, &real)?),
        Err(error) => {
            store_errno(env, args.reference(env, 1), &error);
            ref_result(NULL)
        }
    }
}

/// Stores the error number of `error` in `err[0]` (if `err` is a non-empty array).
fn store_errno(env: &mut Env, err: Ref, error: &std::io::Error) {
    if err != NULL && array_length(env.vm, err) > 0 {
        crate::objects::write_value(
            env.vm,
            err,
            element_offset(BasicType::Int, 0),
            BasicType::Int,
            errno_of(error) as u32 as u64,
        );
    }
}

fn list(env: &mut Env, args: Args) -> JResult<u64> {
    let path = path_arg(env, args, 0)?;
    match env.host_blocking(FS, |host| host.list_dir(&path))? {
        Ok(names) => {
            let string_array =
                crate::loader::resolve_class(env, "[Ljava/lang/String;", LoaderId::Boot)?;
            let array = new_array(env, string_array, names.len() as i32)?;
            let handle = env.thread.handle(array);
            for (i, name) in names.iter().enumerate() {
                let string = new_string(env, name)?;
                let array = env.thread.get(handle);
                env.vm
                    .heap
                    .write_ref(array, element_offset(BasicType::Reference, i), string);
            }
            ref_result(env.thread.get(handle))
        }
        Err(error) => {
            store_errno(env, args.reference(env, 1), &error);
            ref_result(NULL)
        }
    }
}
