package org.rhomboid.support;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Issue 16, item 5: every page a browser test visits fits the window without horizontal scrolling — clinicians'
 * pages from tablet width (820 px) up, patients' pages (intake, measures, portal) at phone width too. Checked after
 * every navigation, click and element look-up on a loaded page, so no test has to remember to; a page that is wider
 * than the window fails the test with the elements that stick out.
 */
public final class FitsTheScreen implements WebDriverListener {

    /** Below this width only the pages meant for phones are held to it. */
    static final int TABLET = 600;
    private static final List<String> PATIENT_PAGES = List.of("/intake/", "/measures/", "/portal/");
    private static final Set<String> AFTER = Set.of("get", "findElement", "findElements", "getPageSource");

    private static final String MEASURE = """
            if (document.readyState !== 'complete' || !document.documentElement) { return null; }
            const root = document.documentElement;
            // Content cut off or scrolling sideways inside a box (a table running off its card) counts too, except
            // in a .table-scroll frame: a wide data table that scrolls on purpose.
            for (const el of document.body.querySelectorAll('*')) {
              const style = getComputedStyle(el);
              if ((style.overflowX === 'hidden' || style.overflowX === 'auto' || style.overflowX === 'scroll'
                   || style.overflowX === 'clip') && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1
                  && !el.closest('.table-scroll') && style.textOverflow !== 'ellipsis' && el.tagName !== 'TEXTAREA'
                  && el.tagName !== 'SELECT' && el.tagName !== 'INPUT'
                  && !el.classList.contains('sr-only')) {
                return location.pathname + ': ' + el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                  + ' cuts off its content (' + el.scrollWidth + ' px in ' + el.clientWidth + ' px)';
              }
            }
            if (root.scrollWidth <= root.clientWidth) { return null; }
            const limit = root.clientWidth;
            const wide = [];
            for (const el of document.body.querySelectorAll('*')) {
              const box = el.getBoundingClientRect();
              if (box.right > limit + 1 && box.width > 0) {
                let inside = el.parentElement, clipped = false;
                while (inside && inside !== document.body) {
                  const style = getComputedStyle(inside);
                  if (style.overflowX !== 'visible' && inside.getBoundingClientRect().right <= limit + 1) { clipped = true; break; }
                  inside = inside.parentElement;
                }
                if (!clipped) {
                  wide.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                    + ' right=' + Math.round(box.right));
                }
              }
              if (wide.length >= 8) { break; }
            }
            return location.pathname + ': ' + root.scrollWidth + ' px wide in a ' + limit + ' px window; '
              + wide.join(', ');
            """;

    private final WebDriver original;
    private final int width;

    FitsTheScreen(WebDriver original, int width) {
        this.original = original;
        this.width = width;
    }

    @Override
    public boolean throwsExceptions() {
        return true;
    }

    @Override
    public void afterAnyWebDriverCall(WebDriver driver, Method method, Object[] args, Object result) {
        if (AFTER.contains(method.getName())) {
            check();
        }
    }

    @Override
    public void afterClick(WebElement element) {
        check();
    }

    private void check() {
        Object found;
        try {
            String path = (String) ((JavascriptExecutor) original).executeScript("return location.pathname;");
            if (path == null || (width < TABLET && PATIENT_PAGES.stream().noneMatch(path::startsWith))) {
                return;
            }
            found = ((JavascriptExecutor) original).executeScript(MEASURE);
        } catch (WebDriverException navigating) {
            // A page being left or loaded can't be measured yet; the next look-up measures it.
            return;
        }
        if (found != null) {
            throw new AssertionError("The page scrolls sideways: " + found);
        }
    }
}
