package org.relationsatlas.lessons;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.ArrayList;
import java.util.List;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:disklog:/path}) that passes everything to the disk and notes, in
 * order, each write to and each force (fsync) of a database file: what a test needs to see whether a
 * change was on the disk when a method returned.
 */
public class DiskOperations extends FilePathWrapper {

    public enum Operation { WRITE, FORCE }

    private static final List<Operation> OPERATIONS = new ArrayList<>();

    /** Makes {@code disklog:} known to H2; before the first connection. */
    public static void register() {
        FilePath.register(new DiskOperations());
    }

    public static synchronized void clear() {
        OPERATIONS.clear();
    }

    public static synchronized List<Operation> noted() {
        return List.copyOf(OPERATIONS);
    }

    private static synchronized void note(Operation operation) {
        OPERATIONS.add(operation);
    }

    @Override
    public String getScheme() {
        return "disklog";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        FileChannel channel = super.open(mode);
        return name.endsWith(".mv.db") ? new Noted(channel) : channel;
    }

    /** The database file's channel, noting writes and forces. */
    private static final class Noted extends FileBase {

        private final FileChannel channel;

        Noted(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            int written = channel.write(source);
            note(Operation.WRITE);
            return written;
        }

        @Override
        public int write(ByteBuffer source, long position) throws IOException {
            int written = channel.write(source, position);
            note(Operation.WRITE);
            return written;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            channel.force(metaData);
            note(Operation.FORCE);
        }

        @Override
        public int read(ByteBuffer target) throws IOException {
            return channel.read(target);
        }

        @Override
        public int read(ByteBuffer target, long position) throws IOException {
            return channel.read(target, position);
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long position) throws IOException {
            channel.position(position);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            channel.truncate(size);
            return this;
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }
}
