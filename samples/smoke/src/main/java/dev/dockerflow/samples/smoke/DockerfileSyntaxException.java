package dev.dockerflow.samples.smoke;

/**
 * A Dockerfile the builder would reject, or that this parser cannot read with certainty, named by the
 * line of the instruction at fault so that the message points at what to fix.
 */
public final class DockerfileSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * @param line the 1-based line where the faulty instruction starts
     * @param message what is wrong
     */
    public DockerfileSyntaxException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /** @return the 1-based line where the faulty instruction starts */
    public int line() {
        return line;
    }
}
