/**
 * A user's module that reads Outturn's model.
 */
module org.outturn.it.consumer {
    requires org.outturn.core;

    exports org.outturn.it.consumer;
}
