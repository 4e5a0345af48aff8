package org.relationsatlas.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Clip;

/** Screenshots: saved for people to look at, and read back to check what was actually drawn. */
final class Screens {

    private Screens() {
    }

    static void save(Page page, String name) {
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")).setFullPage(false));
    }

    /** How many pixels within {@code radius} of a page point have (about) this colour. */
    static int pixelsOfColour(Page page, double[] at, int radius, int rgb) {
        byte[] png = page.screenshot(new Page.ScreenshotOptions()
                .setClip(new Clip(at[0] - radius, at[1] - radius, 2 * radius, 2 * radius)));
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int count = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    if (close(image.getRGB(x, y), rgb)) {
                        count++;
                    }
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean close(int a, int b) {
        return Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)) < 24
                && Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)) < 24
                && Math.abs((a & 255) - (b & 255)) < 24;
    }
}
