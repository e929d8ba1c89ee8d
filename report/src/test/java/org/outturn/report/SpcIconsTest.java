package org.outturn.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.outturn.stats.spc.Assurance;
import org.outturn.stats.spc.VariationIcon;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The "Making Data Count" icons as SVG: well-formed, titled, in their colour, with their letter. */
final class SpcIconsTest {

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static String xpath(Document document, String expression) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(expression, document);
    }

    @ParameterizedTest
    @EnumSource(Assurance.class)
    void assurance_eachIcon_hasItsTitleColourAndLetter(Assurance assurance) throws Exception {
        Document svg = parse(SpcIcons.assurance(assurance));
        assertThat(xpath(svg, "/*/@data-icon")).isEqualTo(assurance.name());
        assertThat(xpath(svg, "/*/@class")).isEqualTo("spc-icon assurance");
        assertThat(xpath(svg, "/*/*[local-name()='title']"))
                .isEqualTo(assurance.displayName() + ": " + assurance.meaning());
        assertThat(xpath(svg, "/*/@aria-label")).isEqualTo(xpath(svg, "/*/*[local-name()='title']"));
        assertThat(xpath(svg, "/*/*[local-name()='circle']/@fill")).isEqualTo(Palette.iconFill(assurance.iconColour()));
        assertThat(xpath(svg, "/*/*[local-name()='text']")).isEqualTo(assurance.iconLetter());
    }

    @ParameterizedTest
    @EnumSource(VariationIcon.class)
    void variation_eachIcon_hasItsTitleColourLetterAndFiveDots(VariationIcon icon) throws Exception {
        Document svg = parse(SpcIcons.variation(icon));
        assertThat(xpath(svg, "/*/@data-icon")).isEqualTo(icon.name());
        assertThat(xpath(svg, "/*/@class")).isEqualTo("spc-icon variation");
        assertThat(xpath(svg, "/*/*[local-name()='title']")).isEqualTo(icon.displayName() + ": " + icon.meaning());
        assertThat(xpath(svg, "/*/*[local-name()='circle'][1]/@fill")).isEqualTo(Palette.iconFill(icon.colour()));
        assertThat(xpath(svg, "/*/*[local-name()='text']")).isEqualTo(icon.letter().orElse(""));
        assertThat(xpath(svg, "count(/*/*[local-name()='circle'])")).isEqualTo("6");
    }

    @Test
    void variation_dots_riseForHighAndFallForLow() throws Exception {
        // The last dot's height: 24 (higher on the screen) for H, 30 for L, 27 (level) for common cause.
        assertThat(xpath(parse(SpcIcons.variation(VariationIcon.IMPROVING_HIGH)), "/*/*[local-name()='circle'][6]/@cy"))
                .isEqualTo("24");
        assertThat(xpath(parse(SpcIcons.variation(VariationIcon.CONCERNING_LOW)), "/*/*[local-name()='circle'][6]/@cy"))
                .isEqualTo("30");
        assertThat(xpath(parse(SpcIcons.variation(VariationIcon.COMMON_CAUSE)), "/*/*[local-name()='circle'][6]/@cy"))
                .isEqualTo("27");
        assertThat(SpcIcons.variation(VariationIcon.NEITHER_HIGH)).contains("fill=\"#4c2c92\"").contains(">H</text>");
        assertThat(SpcIcons.variation(VariationIcon.COMMON_CAUSE)).contains("fill=\"#505a5f\"")
                .doesNotContain("<text");
        assertThatNullPointerException().isThrownBy(() -> SpcIcons.variation(null)).withMessage("icon");
    }

    @Test
    void assurance_colours_areBlueGreyOrange() {
        assertThat(SpcIcons.assurance(Assurance.CONSISTENTLY_PASSES)).contains("fill=\"#1d70b8\"");
        assertThat(SpcIcons.assurance(Assurance.HIT_AND_MISS)).contains("fill=\"#505a5f\"")
                .contains(">?</text>");
        assertThat(SpcIcons.assurance(Assurance.CONSISTENTLY_FAILS)).contains("fill=\"#f47738\"")
                .contains("fill=\"#0b0c0c\">F</text>");
    }

    @Test
    void assurance_null_throwsWithParameterName() {
        assertThatNullPointerException().isThrownBy(() -> SpcIcons.assurance(null)).withMessage("assurance");
    }

    @Test
    void palette_unknownIconColour_listsTheNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> Palette.iconFill("pink"))
                .withMessage("Invalid value for icon colour (valid values blue, grey, orange, purple): pink");
        assertThatNullPointerException().isThrownBy(() -> Palette.iconText(null)).withMessage("colour");
    }
}
