package dev.dockerflow.samples.notes.api;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import dev.dockerflow.samples.notes.storage.NoteStore;
import dev.dockerflow.samples.notes.storage.NotesFull;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The notes API: list, create, fetch. */
@Path("notes")
@Produces(MediaType.APPLICATION_JSON)
public class NotesResource {

    private static final Logger LOG = Logger.getLogger(NotesResource.class.getName());

    // The body is read here rather than by the runtime, so that a malformed one gets the same
    // JSON 400 on every runtime instead of each runtime's own error page.
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    NoteStore store;

    /**
     * Every note, newest first.
     *
     * @return the notes
     */
    @GET
    public List<Note> list() {
        return store.newestFirst();
    }

    /**
     * One note.
     *
     * @param id its number
     * @return 200 with the note, or 404
     */
    @GET
    @Path("{id}")
    public Response fetch(@PathParam("id") String id) {
        Optional<Note> note = parseId(id).flatMap(store::find);
        return note.map(found -> Response.ok(found).build())
                .orElseGet(() -> ApiError.response(404, "no note " + id));
    }

    /**
     * Stores a note.
     *
     * @param body a JSON object {@code {"text": "..."}}
     * @return 201 with the note and its {@code Location}, 400 when the body is not a valid note, 507 when
     *         the service holds as many notes as it may
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        NewNote note;
        try {
            note = body == null || body.isBlank() ? null : JSONB.fromJson(body, NewNote.class);
        } catch (JsonbException e) {
            note = null;
        }
        if (note == null) {
            return ApiError.response(400, "the body must be a JSON object like {\"text\": \"...\"}");
        }
        String problem = note.problem();
        if (problem != null) {
            return ApiError.response(400, problem);
        }
        try {
            Note stored = store.add(note.text());
            LOG.info(() -> "stored note " + stored.id());
            return Response.created(URI.create("notes/" + stored.id())).entity(stored).build();
        } catch (NotesFull e) {
            return ApiError.response(507, e.getMessage());
        }
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
