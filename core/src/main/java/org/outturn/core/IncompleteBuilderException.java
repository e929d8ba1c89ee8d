package org.outturn.core;

import java.util.Arrays;
import java.util.List;

/**
 * Thrown when a builder is asked to build a value before every required attribute was set.
 *
 * <p>The message names the missing attributes, for example
 * {@code Cannot build Indicator: missing required attributes [code, title]}, and
 * {@link #missingAttributes()} lists them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IncompleteBuilderException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The names of the attributes that were not set (an array, which serializes as it is). */
    private final String[] missingAttributes;

    /**
     * Creates an exception with a ready-made message and no list of attributes.
     *
     * @param message  the message, not null
     */
    public IncompleteBuilderException(String message) {
        super(message);
        this.missingAttributes = new String[0];
    }

    /**
     * Creates an exception for the given missing attributes.
     *
     * @param missingAttributes  the names of the attributes that were not set, not null
     */
    public IncompleteBuilderException(String... missingAttributes) {
        super("Cannot build " + builtType() + ": missing required attributes "
                + Arrays.toString(missingAttributes));
        this.missingAttributes = missingAttributes.clone();
    }

    /**
     * Names the type being built, found from the generated builder that called this constructor.
     * This only runs when a build fails, so walking the stack costs nothing on the normal path.
     */
    private static String builtType() {
        return StackWalker.getInstance()
                .walk(frames -> frames
                        .map(StackWalker.StackFrame::getClassName)
                        .filter(name -> name.endsWith("$Builder"))
                        .findFirst())
                .map(IncompleteBuilderException::simpleTypeName)
                .orElse("value");
    }

    private static String simpleTypeName(String builderClassName) {
        String owner = builderClassName.substring(0, builderClassName.length() - "$Builder".length());
        String simple = owner.substring(owner.lastIndexOf('.') + 1);
        return simple.startsWith("Immutable") ? simple.substring("Immutable".length()) : simple;
    }

    /**
     * Returns the names of the attributes that were not set, in declaration order.
     *
     * @return the missing attribute names, empty when the exception was created from a message
     */
    public List<String> missingAttributes() {
        return List.of(missingAttributes);
    }
}
