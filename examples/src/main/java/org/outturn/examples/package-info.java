/**
 * Runnable examples built on the seed council reports. {@link org.outturn.examples.Main}
 * is the example that {@code exec:java} runs.
 */
package org.outturn.examples;
