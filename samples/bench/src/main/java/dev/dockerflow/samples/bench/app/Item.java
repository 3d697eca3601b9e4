package dev.dockerflow.samples.bench.app;

/**
 * The business endpoint's answer: a small object that JSON-B writes on every request, as a real
 * service's endpoint would, so that the feature's cost is set against a realistic amount of work
 * rather than against an empty response.
 *
 * @param id the item's number
 * @param name its name
 * @param tags a few labels
 * @param available whether it is in stock
 */
public record Item(long id, String name, java.util.List<String> tags, boolean available) {
}
