package org.cjsim.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A results folder owned by this process: one process at a time writes into a results folder. Claiming
 * a folder takes an operating-system lock on its lock file ({@value #LOCK}), which holds who owns it
 * (process id, host, start time, command) so that a second process is refused with a message naming the
 * owner. The lock also serves as the check that the folder can be written; it is released, and the lock
 * file deleted, by {@link #close()}, and the system releases it if the process dies.
 *
 * <p>Shards of a planned study ({@link Shards#runShard}) run at the same time in the same folder: each
 * takes a <em>shared</em> lock on the same byte of the same lock file ({@link #share}), which excludes the
 * exclusive claim of a local study or a merge (and is excluded by it) but not other shards. Shards write
 * {@link #SHARED_OWNER} into the lock file and leave it behind when they end (another shard may still hold
 * it).
 *
 * <p>Nothing else in the owning process may open the lock file: on POSIX systems closing any handle of a
 * file drops the process's locks on it.
 */
public final class StudyFolder implements AutoCloseable {
    /** The lock file, present while a process owns the folder (and left behind, unlocked, if it was killed). */
    public static final String LOCK = ".cjsim.lock";

    /** Start-up probes that cjsim 0.1 could leave behind when interrupted; they count as nothing. */
    private static final String OLD_PROBE_PREFIX = ".write-test";

    /** The byte locked: beyond the owner's text, so that other processes can read it on every system. */
    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

    /** Folders claimed in this process, by real path (a second claim must not even open the lock file). */
    private static final Map<Path, StudyFolder> CLAIMED = new HashMap<>();

    /** What shards write into the lock file they share, so that a process refused the folder can say why. */
    static final String SHARED_OWNER = "shared by cjsim run-shard\n";

    /** Folders shared by shards in this process, by real path: one system lock, however many shards. */
    private static final Map<Path, SharedLock> SHARED = new HashMap<>();

    private final Path path;
    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final String owner;
    private Manifest manifest;
    private boolean closed;

    private StudyFolder(Path path, Path key, FileChannel channel, FileLock lock, String owner) {
        this.path = path;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        this.owner = owner;
    }

    /**
     * Claims {@code folder} for a new study: creates it if needed, and checks that it is empty (a lock file
     * left by an interrupted start-up counts as nothing) and not inside another results folder.
     *
     * @param command the command line of the study, for the message that a second process gets
     * @throws FolderException if the folder is in use, not empty, a file, inside a results folder, or cannot
     *     be written
     */
    public static StudyFolder create(Path folder, String command) throws FolderException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new FolderException("--out " + folder + " is a file, not a folder: choose a new folder");
        }
        Path enclosing = enclosingResults(folder);
        if (enclosing != null) {
            throw new FolderException(
                    "--out " + folder + " is inside the results folder " + enclosing + ": choose a folder outside it");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw cannotWrite(folder, e);
        }
        StudyFolder claimed = claim(folder, command);
        try {
            claimed.checkEmpty();
            return claimed;
        } catch (FolderException | RuntimeException e) {
            claimed.close();
            throw e;
        }
    }

    /**
     * Creates and claims a new folder for a new study: {@code base}, or if that exists {@code base-2},
     * {@code base-3}...
     */
    public static StudyFolder createNumbered(Path base, String command) throws FolderException {
        Path enclosing = enclosingResults(base);
        if (enclosing != null) {
            throw new FolderException("cannot write the results into " + base + ": it would be inside the results"
                    + " folder " + enclosing + "; choose another folder with --out");
        }
        for (int k = 1; ; k++) {
            Path folder = k == 1 ? base : Path.of(base + "-" + k);
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Path parent = folder.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.createDirectory(folder);
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException e) {
                throw cannotWrite(folder, e);
            }
            return create(folder, command);
        }
    }

    /**
     * Claims the results folder {@code folder} to continue its study: reads its manifest, and deletes the
     * temporary files that interrupted writers left behind (only now that no other process can be writing).
     *
     * @throws FolderException if the folder is in use, missing, has no readable manifest, or cannot be written
     */
    public static StudyFolder resume(Path folder, String command) throws FolderException {
        if (!Files.isDirectory(folder)) {
            throw new FolderException("--resume " + folder + ": no such folder");
        }
        StudyFolder claimed = claim(folder, command);
        try {
            try {
                claimed.manifest = Manifest.read(folder);
            } catch (IOException e) {
                throw new FolderException("--resume " + folder + ": " + e.getMessage(), e);
            }
            claimed.deleteStaleTemporaries();
            return claimed;
        } catch (FolderException | RuntimeException e) {
            claimed.close();
            throw e;
        }
    }

    /** The folder. */
    public Path path() {
        return path;
    }

    /** Whether the folder holds a study to continue ({@link #resume}), not a new one. */
    public boolean resumed() {
        return manifest != null;
    }

    /** The manifest found in the folder when it was claimed to resume, or null for a new study. */
    public Manifest manifest() {
        return manifest;
    }

    /** Releases the folder and deletes its lock file. */
    @Override
    public void close() {
        synchronized (CLAIMED) {
            if (closed) {
                return;
            }
            closed = true;
            CLAIMED.remove(key);
        }
        try {
            // Deleted while still locked: a process that opened it meanwhile finds it gone (see claim).
            Files.deleteIfExists(path.resolve(LOCK));
        } catch (IOException e) {
            // The lock file stays, unlocked: the next claim takes it over.
        }
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel releases the lock too.
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing more to release.
        }
    }

    private static StudyFolder claim(Path folder, String command) throws FolderException {
        Path key;
        try {
            key = folder.toRealPath();
        } catch (IOException e) {
            throw cannotWrite(folder, e);
        }
        Path lockFile = folder.resolve(LOCK);
        synchronized (CLAIMED) {
            StudyFolder other = CLAIMED.get(key);
            if (other != null) {
                throw inUse(folder, other.owner);
            }
            if (SHARED.containsKey(key)) {
                throw inUse(folder, SHARED_OWNER);
            }
            String owner = owner(command);
            Held held = lock(folder, lockFile, false, owner);
            StudyFolder claimed = new StudyFolder(folder, key, held.channel(), held.lock(), owner);
            CLAIMED.put(key, claimed);
            return claimed;
        }
    }

    /**
     * A shared claim of a results folder by a shard: released by {@link #close()}. The lock file stays.
     */
    public static final class Shared implements AutoCloseable {
        private final SharedLock lock;
        private boolean closed;

        private Shared(SharedLock lock) {
            this.lock = lock;
        }

        /** Releases this shard's share of the folder; the last one in this process releases the system lock. */
        @Override
        public void close() {
            synchronized (CLAIMED) {
                if (closed) {
                    return;
                }
                closed = true;
                if (--lock.holders > 0) {
                    return;
                }
                SHARED.remove(lock.key);
            }
            try {
                lock.lock.release();
            } catch (IOException e) {
                // Closing the channel releases the lock too.
            }
            closeQuietly(lock.channel);
        }
    }

    /** The system's shared lock on a folder's lock file, counted over the shards of this process. */
    private static final class SharedLock {
        final Path key;
        final FileChannel channel;
        final FileLock lock;
        int holders;

        SharedLock(Path key, FileChannel channel, FileLock lock) {
            this.key = key;
            this.channel = channel;
            this.lock = lock;
        }
    }

    /**
     * Shares the results folder {@code folder} with other shards of its study: takes a shared lock on its
     * lock file, so that no local study or merge (which claim it exclusively) runs while shards do, and
     * shards do not start while one does. Shards in the same process share one system lock.
     *
     * @throws FolderException if a local study or a merge owns the folder, or it cannot be locked
     */
    static Shared share(Path folder) throws FolderException {
        if (!Files.isDirectory(folder)) {
            throw new FolderException(folder + ": no such folder");
        }
        Path key;
        try {
            key = folder.toRealPath();
        } catch (IOException e) {
            throw cannotWrite(folder, e);
        }
        Path lockFile = folder.resolve(LOCK);
        synchronized (CLAIMED) {
            StudyFolder other = CLAIMED.get(key);
            if (other != null) {
                throw inUse(folder, other.owner);
            }
            SharedLock existing = SHARED.get(key);
            if (existing != null) {
                existing.holders++;
                return new Shared(existing);
            }
            // Every shard writes the same bytes: concurrent writes agree.
            Held held = lock(folder, lockFile, true, SHARED_OWNER);
            SharedLock shared = new SharedLock(key, held.channel(), held.lock());
            shared.holders = 1;
            SHARED.put(key, shared);
            return new Shared(shared);
        }
    }

    /** A system lock held on a folder's lock file, with the channel it was taken through. */
    private record Held(FileChannel channel, FileLock lock) {}

    /**
     * Locks {@code lockFile} of {@code folder} (creating it if missing), exclusively or {@code shared}, and
     * writes {@code owner} into it. A file replaced between opening and locking it (its owner deleted it) is
     * opened again.
     *
     * @throws FolderException if another process holds the lock the wrong way, or the file cannot be used
     */
    private static Held lock(Path folder, Path lockFile, boolean shared, String owner) throws FolderException {
        byte[] text = owner.getBytes(StandardCharsets.UTF_8);
        for (int attempt = 0; attempt < 100; attempt++) {
            Object before = fileKey(lockFile);
            if (before == null) {
                create(lockFile, folder);
                continue;
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(
                        lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                continue;
            } catch (IOException e) {
                throw lockProblem(folder, lockFile, e);
            }
            FileLock lock;
            try {
                lock = channel.tryLock(LOCK_POSITION, 1, shared);
            } catch (OverlappingFileLockException e) {
                // This process holds it through another path to the same folder. The channel is left open:
                // closing it would drop that lock too.
                throw inUse(folder, null);
            } catch (IOException e) {
                closeQuietly(channel);
                throw cannotWrite(folder, e);
            }
            if (lock == null) {
                closeQuietly(channel);
                throw inUse(folder, readOwner(lockFile));
            }
            if (before.equals(NO_KEY) || before.equals(fileKey(lockFile))) {
                try {
                    channel.write(ByteBuffer.wrap(text), 0);
                    channel.truncate(text.length);
                    channel.force(true);
                } catch (IOException e) {
                    closeQuietly(channel);
                    throw cannotWrite(folder, e);
                }
                return new Held(channel, lock);
            }
            // The owner deleted the file between our open and our lock: we locked a file nobody sees.
            closeQuietly(channel);
        }
        throw cannotWrite(folder, new IOException("its lock file " + lockFile + " keeps changing"));
    }

    /** Stands for a file whose system gives no file key (then the lock file is trusted as opened). */
    private static final Object NO_KEY = new Object();

    /** The file's identity (device and inode), {@link #NO_KEY} if the system has none, or null if missing. */
    private static Object fileKey(Path file) throws FolderException {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
            return key == null ? NO_KEY : key;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw cannotWrite(file.getParent(), e);
        }
    }

    private static void create(Path lockFile, Path folder) throws FolderException {
        try {
            Files.createFile(lockFile);
        } catch (FileAlreadyExistsException e) {
            // Another process made it first: lock it.
        } catch (IOException e) {
            throw cannotWrite(folder, e);
        }
    }

    private static FolderException lockProblem(Path folder, Path lockFile, IOException e) {
        if (Files.isSymbolicLink(lockFile)) {
            return new FolderException(lockFile + " is a symbolic link, not cjsim's lock file: remove it");
        }
        return cannotWrite(folder, e);
    }

    private static String owner(String command) {
        return "pid " + ProcessHandle.current().pid() + "\n"
                + "host " + host() + "\n"
                + "started " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n"
                + "command " + command.replace('\n', ' ') + "\n";
    }

    private static String host() {
        for (String variable : List.of("HOSTNAME", "COMPUTERNAME")) {
            String h = System.getenv(variable);
            if (h != null && !h.isBlank()) {
                return h.strip();
            }
        }
        try {
            String h = Files.readString(Path.of("/etc/hostname")).strip();
            if (!h.isEmpty()) {
                return h;
            }
        } catch (IOException | RuntimeException e) {
            // No such file on this system.
        }
        return "an unknown host";
    }

    /** The owner written into another process's lock file, or null if it cannot be read (yet). */
    private static String readOwner(Path lockFile) {
        try {
            return Files.readString(lockFile, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static FolderException inUse(Path folder, String owner) {
        if (SHARED_OWNER.equals(owner)) {
            return new FolderException(
                    folder + " is in use by shards of its study (cjsim run-shard);",
                    "wait for them to end, or stop them, and try again.");
        }
        Map<String, String> fields = new HashMap<>();
        if (owner != null) {
            owner.lines().forEach(line -> {
                int space = line.indexOf(' ');
                if (space > 0) {
                    fields.put(line.substring(0, space), line.substring(space + 1));
                }
            });
        }
        String who = fields.containsKey("pid")
                ? "cjsim process " + fields.get("pid") + " on " + fields.getOrDefault("host", "an unknown host")
                        + (fields.containsKey("started") ? ", started " + fields.get("started") : "")
                        + (fields.containsKey("command") ? " (" + fields.get("command") + ")" : "")
                : "another cjsim process";
        return new FolderException(
                folder + " is in use by " + who + ";",
                "a results folder takes one process at a time: wait for it to end, or stop it, and try again.");
    }

    static FolderException cannotWrite(Path folder, IOException e) {
        return new FolderException(
                "cannot write the results into " + folder + ": " + reason(e) + "; choose another folder with --out", e);
    }

    /** The reason of a file error in words. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " is in the way (a file where a folder should be)";
        }
        if (e instanceof NoSuchFileException f) {
            return "cannot create " + f.getFile();
        }
        if (e instanceof NotDirectoryException f) {
            return f.getFile() + " is not a folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The nearest folder above {@code folder} that holds a manifest, or null. */
    private static Path enclosingResults(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        for (Path p = absolute.getParent(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(ResultsFolder.MANIFEST))) {
                return p;
            }
            if (Files.exists(p)) {
                try {
                    Path real = p.toRealPath();
                    for (Path r = real; r != null; r = r.getParent()) {
                        if (Files.isRegularFile(r.resolve(ResultsFolder.MANIFEST))) {
                            return r;
                        }
                    }
                } catch (IOException e) {
                    // Unreadable: creating the folder will say so.
                }
                return null;
            }
        }
        return null;
    }

    private void checkEmpty() throws FolderException {
        if (Files.exists(path.resolve(ResultsFolder.MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
            throw new FolderException(
                    path + " already holds results: choose another folder with --out,",
                    "or continue them with --resume " + path + ".");
        }
        List<Path> probes = new ArrayList<>();
        try (Stream<Path> files = Files.list(path)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.equals(LOCK)) {
                    continue;
                }
                if (name.startsWith(OLD_PROBE_PREFIX) && name.endsWith(".tmp") && Files.isRegularFile(p)) {
                    probes.add(p);
                    continue;
                }
                throw new FolderException(
                        "--out " + path + " is not empty: choose a new or empty folder for the results");
            }
        } catch (IOException e) {
            if (e instanceof FolderException f) {
                throw f;
            }
            throw new FolderException("cannot read the results folder " + path + ": " + reason(e), e);
        }
        for (Path p : probes) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw cannotWrite(path, e);
            }
        }
    }

    /**
     * Deletes temporary files left by interrupted writers: in the folder, its charts and the folders of its
     * replications (not deeper: another study's folder is never touched).
     */
    private void deleteStaleTemporaries() throws FolderException {
        List<Path> places = new ArrayList<>(List.of(path, path.resolve(ResultsFolder.CHARTS)));
        Path replications = path.resolve(ResultsFolder.REPLICATIONS);
        places.add(replications);
        try {
            if (Files.isDirectory(replications)) {
                try (Stream<Path> dirs = Files.list(replications)) {
                    dirs.filter(Files::isDirectory).forEach(places::add);
                }
            }
            for (Path dir : places) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                List<Path> stale;
                try (Stream<Path> files = Files.list(dir)) {
                    stale = files.filter(p ->
                                    AtomicFiles.isStaleTemporary(p.getFileName().toString()))
                            .toList();
                }
                for (Path p : stale) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw cannotWrite(path, e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was locked through it.
        }
    }

    @Override
    public String toString() {
        return Objects.toString(path);
    }
}
