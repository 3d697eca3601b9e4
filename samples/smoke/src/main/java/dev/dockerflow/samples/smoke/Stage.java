package dev.dockerflow.samples.smoke;

import java.util.List;
import java.util.Optional;

/**
 * One build stage: a {@code FROM} and the instructions up to the next one.
 *
 * @param from the {@code FROM} instruction
 * @param image the image or earlier stage it starts from, as written
 * @param name its name from {@code FROM image AS name}, in lower case as the builder compares it
 * @param instructions the instructions after {@code FROM}, in order
 */
public record Stage(Instruction from, String image, Optional<String> name, List<Instruction> instructions) {

    /** Copies the list, so that a stage cannot change after parsing. */
    public Stage {
        instructions = List.copyOf(instructions);
    }
}
