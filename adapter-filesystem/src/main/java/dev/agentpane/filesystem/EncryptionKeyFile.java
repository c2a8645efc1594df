package dev.agentpane.filesystem;

import dev.agentpane.domain.shared.EncryptionKeyInvalidException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 32 raw bytes of the AES key in {@code <SQLITE_DATA_DIR>/encryption.key}, where the original keeps them, so the
 * database alone never decrypts a secret. Created on first use with mode 0600: the bytes are written and synced to a
 * private temporary file that is then hard-linked to the final name, which fails if the name exists. Two processes
 * starting at once therefore never see a half-written file nor end up with two keys: the loser reads the winner's.
 * A file of another length is refused, never repaired. The key is read once and then kept in memory; the key and the
 * exceptions never show key material.
 */
public class EncryptionKeyFile {
    public static final String FILE_NAME = "encryption.key";
    static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private SecretKey key;

    public EncryptionKeyFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** The key file in a data directory ({@code SQLITE_DATA_DIR}). */
    public static EncryptionKeyFile inDirectory(Path dataDirectory) {
        return new EncryptionKeyFile(dataDirectory.resolve(FILE_NAME));
    }

    public Path path() {
        return file;
    }

    /**
     * The key, made now if there is none yet (for encrypting).
     *
     * @throws EncryptionKeyInvalidException when the file has the wrong length or cannot be read or created
     */
    public synchronized SecretKey key() {
        if (key == null) {
            key = new SecretKeySpec(readOrCreate(), "AES");
        }
        return key;
    }

    /**
     * The key if its file exists (for decrypting: a key made now could not decrypt anything stored before).
     *
     * @return empty when there is no key file
     * @throws EncryptionKeyInvalidException when the file has the wrong length or cannot be read
     */
    public synchronized Optional<SecretKey> existingKey() {
        if (key == null) {
            try {
                key = new SecretKeySpec(read(), "AES");
            } catch (NoSuchFileException absent) {
                return Optional.empty();
            } catch (IOException e) {
                throw new EncryptionKeyInvalidException("Cannot read the encryption key file " + file + ": " + e, e);
            }
        }
        return Optional.of(key);
    }

    private byte[] readOrCreate() {
        try {
            return read();
        } catch (NoSuchFileException absent) {
            create();
            try {
                return read();
            } catch (IOException e) {
                throw new EncryptionKeyInvalidException("Cannot read the encryption key file " + file + " just created: " + e, e);
            }
        } catch (IOException e) {
            throw new EncryptionKeyInvalidException("Cannot read the encryption key file " + file + ": " + e, e);
        }
    }

    private byte[] read() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length != KEY_BYTES) {
            Arrays.fill(bytes, (byte) 0);
            throw new EncryptionKeyInvalidException("The encryption key file " + file + " holds " + bytes.length
                    + " bytes; it must hold exactly " + KEY_BYTES + " (restore the original file, or remove it to start "
                    + "over: secrets stored under the old key are then lost)");
        }
        return bytes;
    }

    private void create() {
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        Path temporary = null;
        try {
            Path directory = file.getParent();
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "." + FILE_NAME + ".", ".tmp", ownerOnly(directory));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(fresh));
                channel.force(true);
            }
            publish(temporary);
        } catch (IOException e) {
            throw new EncryptionKeyInvalidException("Cannot create the encryption key file " + file + ": " + e, e);
        } finally {
            Arrays.fill(fresh, (byte) 0);
            deleteQuietly(temporary);
        }
    }

    /** Gives the complete temporary file the final name, unless another process was first. */
    private void publish(Path temporary) throws IOException {
        try {
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException anotherProcessWasFirst) {
            // its key is the one: read it
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            // A file system without hard links: a move that refuses an existing target comes closest.
            try {
                Files.move(temporary, file);
            } catch (FileAlreadyExistsException anotherProcessWasFirst) {
                // its key is the one: read it
            }
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path directory) throws IOException {
        return Files.getFileStore(directory).supportsFileAttributeView("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // a stray temporary file holds a key nobody uses; nothing to undo
        }
    }
}
