package dev.dockerflow.samples.notes.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import dev.dockerflow.samples.notes.api.Note;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The notes table, over plain JDBC: the SQL is small and runs the same on H2 and PostgreSQL. */
@ApplicationScoped
public class NoteStore {

    /** The most notes the API lists at once. */
    static final int PAGE = 100;

    @Inject
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "notes.max", defaultValue = "10000")
    long max;

    /** @return the most notes the service holds ({@code notes.max}) */
    public long max() {
        return max;
    }

    /** @return the newest {@value #PAGE} notes, newest first */
    public List<Note> newestFirst() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, body, created FROM notes ORDER BY created DESC, id DESC FETCH FIRST " + PAGE + " ROWS ONLY");
             ResultSet rows = select.executeQuery()) {
            List<Note> notes = new ArrayList<>();
            while (rows.next()) {
                notes.add(note(rows));
            }
            return notes;
        } catch (SQLException e) {
            throw new StorageUnavailable("list the notes", e);
        }
    }

    /**
     * @param id a note's number
     * @return that note, if there is one
     */
    public Optional<Note> find(long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id, body, created FROM notes WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(note(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageUnavailable("read note " + id, e);
        }
    }

    /**
     * Stores a note.
     *
     * @param text what it says
     * @return the stored note
     * @throws NotesFull when the service already holds {@code notes.max} notes
     */
    public Note add(String text) throws NotesFull {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        try (Connection connection = dataSource.getConnection()) {
            if (count(connection) >= max) {
                throw new NotesFull(max);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO notes (body, created) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, text);
                insert.setObject(2, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new Note(keys.getLong(1), text, now.toInstant().toString());
                }
            }
        } catch (SQLException e) {
            throw new StorageUnavailable("store a note", e);
        }
    }

    /** @return how many notes there are */
    public long count() {
        try (Connection connection = dataSource.getConnection()) {
            return count(connection);
        } catch (SQLException e) {
            throw new StorageUnavailable("count the notes", e);
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM notes");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Note note(ResultSet row) throws SQLException {
        return new Note(row.getLong("id"), row.getString("body"),
                row.getObject("created", OffsetDateTime.class).toInstant().toString());
    }
}
