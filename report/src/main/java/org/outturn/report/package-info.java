/**
 * Committee scorecards and indicator charts, rendered from a whole-report assessment as well-formed,
 * escaped HTML and SVG.
 */
package org.outturn.report;
