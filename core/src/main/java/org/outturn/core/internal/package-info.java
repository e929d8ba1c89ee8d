/**
 * Not API: what {@code org.outturn.core} lends {@code org.outturn.rules}, exported to that module alone.
 */
package org.outturn.core.internal;
