package org.cjsim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void everyBuiltInStrategyHasItsOwnFixedColour() {
        assertEquals(9, Palette.STRATEGIES.size());
        assertEquals(9, new HashSet<>(Palette.STRATEGIES.values()).size());
        Palette a = Palette.of(List.of("baseline", "empowered"));
        Palette b = Palette.of(List.of("delight", "empowered", "cost-cutter", "baseline"));
        assertEquals(a.colour("empowered"), b.colour("empowered"));
        assertEquals(Palette.BLUISH_GREEN, b.colour("empowered"));
        assertEquals(Palette.GREY, b.colour("baseline"));
    }

    @Test
    void otherNamesGetFurtherColoursInTheOrderTheyAppear() {
        Palette p = Palette.of(List.of("baseline", "my plan", "empowered", "their plan"));
        assertEquals(Palette.EXTRA.get(0), p.colour("my plan"));
        assertEquals(Palette.EXTRA.get(1), p.colour("their plan"));
        assertFalse(Palette.STRATEGIES.containsValue(p.colour("my plan")));
        assertEquals(
                p.colour("my plan"),
                Palette.of(List.of("baseline", "my plan", "empowered", "their plan"))
                        .colour("my plan"));
    }

    @Test
    void builtInNamesMatchWhateverTheirCase() {
        assertEquals(Palette.BLUISH_GREEN, Palette.of(List.of("Empowered")).colour("Empowered"));
    }

    @Test
    void aBuiltInChangedWithSetKeepsItsColourUnlessTheOriginalIsThereToo() {
        Palette p = Palette.of(List.of("baseline*", "delight*", "mine"));
        assertEquals(Palette.STRATEGIES.get("baseline"), p.colour("baseline*"));
        assertEquals(Palette.STRATEGIES.get("delight"), p.colour("delight*"));
        assertEquals(Palette.EXTRA.get(0), p.colour("mine"));
        Palette both = Palette.of(List.of("delight", "delight*"));
        assertEquals(Palette.STRATEGIES.get("delight"), both.colour("delight"));
        assertEquals(Palette.EXTRA.get(0), both.colour("delight*"));
    }

    @Test
    void lightColoursAreDarkenedForLinesAndDarkOnesKept() {
        Color yellow = Palette.forLine(Palette.YELLOW);
        assertNotEquals(Palette.YELLOW, yellow);
        assertTrue(Palette.luminance(yellow) <= 0.61);
        assertEquals(Palette.BLUE, Palette.forLine(Palette.BLUE));
        assertEquals(Color.WHITE, Palette.textOn(Palette.BLUE));
        assertEquals(Palette.BLACK, Palette.textOn(Palette.YELLOW));
    }
}
