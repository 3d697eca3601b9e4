package dev.dockerflow.jakarta.summary;

import java.io.OutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;

/** Writes an {@link UnhandledException} as the bare text {@value UnhandledException#BODY}. */
@Produces("*/*")
public final class UnhandledExceptionWriter implements MessageBodyWriter<UnhandledException> {

    private static final byte[] BODY = UnhandledException.BODY.getBytes(StandardCharsets.UTF_8);

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == UnhandledException.class;
    }

    @Override
    public long getSize(UnhandledException entity, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType) {
        return BODY.length;
    }

    @Override
    public void writeTo(UnhandledException entity, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(BODY);
    }
}
