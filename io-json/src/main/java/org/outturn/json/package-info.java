/**
 * Outturn's JSON: a Jackson 3 module for the model and a versioned document format.
 *
 * <ul>
 *   <li>{@link org.outturn.json.OutturnModule} reads and writes the model's types with Jackson;</li>
 *   <li>{@link org.outturn.rules.report.OutturnDocument} is written and read as a document of the format {@code outturn/1}: indicators
 *       with their targets, benchmarks and outturns by period, the RAG policies that rate them, and
 *       optionally the report's action plan;</li>
 *   <li>{@link org.outturn.json.OutturnJson} reads and writes documents, with limits against hostile
 *       input, and reports every rejection as an {@link org.outturn.json.OutturnJsonException} that
 *       names the JSON location, the value and the rule.</li>
 * </ul>
 *
 * <p>The format is documented in the module's {@code README.md} and described by the JSON Schema
 * {@code org/outturn/json/outturn-1.schema.json} shipped in the jar.
 */
package org.outturn.json;
