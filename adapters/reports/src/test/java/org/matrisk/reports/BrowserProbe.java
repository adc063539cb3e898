package org.matrisk.reports;

/**
 * The instrumentation the browser tests load with a copy of the report (the report itself carries none): a script
 * placed first in the page, allowed by adding its hash to the page's own Content-Security-Policy (the rest of the
 * policy is the report's, so a resource it blocks is still blocked, and recorded). It records in
 * {@code body[data-errors]} uncaught errors, failed loads, policy violations and console errors; in
 * {@code body[data-load-ms]} the time of the load event ({@code performance.now()}); and sets
 * {@code body[data-instrumented]} at DOMContentLoaded. A probe (JavaScript, may be empty) runs on the load
 * event, after the page's own script has set the page up.
 */
final class BrowserProbe {
    private BrowserProbe() {}

    static final String INSTRUMENTATION = "(function(){var errs=[];"
            + "function rec(m){errs.push(String(m));if(document.body)document.body.setAttribute('data-errors',errs.join(' | '));}"
            + "window.addEventListener('error',function(e){var t=e.target;rec(e.message||('failed to load '+((t&&(t.src||t.href))||'a resource')));},true);"
            + "window.addEventListener('unhandledrejection',function(e){rec('unhandled rejection: '+e.reason);});"
            + "document.addEventListener('securitypolicyviolation',function(e){rec('blocked by policy: '+e.violatedDirective+' '+e.blockedURI);});"
            + "var ce=console.error;console.error=function(){rec(Array.prototype.join.call(arguments,' '));return ce.apply(console,arguments);};"
            + "window.addEventListener('load',function(){document.body.setAttribute('data-load-ms',String(Math.round(performance.now())));});"
            + "document.addEventListener('DOMContentLoaded',function(){document.body.setAttribute('data-errors',errs.join(' | '));"
            + "document.body.setAttribute('data-instrumented','true');});})();";

    /** {@code html} with the instrumentation and {@code probe} (run at the load event) as its first script. */
    static String instrument(String html, String probe) {
        String script = INSTRUMENTATION + (probe.isEmpty() ? "" : "window.addEventListener('load',function(){setTimeout(function(){" + probe + "},0);});");
        String policy = "script-src &#39;";
        int at = html.indexOf(policy);
        if (at < 0) throw new IllegalArgumentException("the page has no script-src policy");
        String allowed = html.substring(0, at + policy.length()) + HtmlReportWriter.sha256(script) + "&#39; &#39;" + html.substring(at + policy.length());
        int meta = allowed.indexOf('>', allowed.indexOf("http-equiv=\"Content-Security-Policy\"")) + 1;
        return allowed.substring(0, meta) + "\n<script>" + script + "</script>" + allowed.substring(meta);
    }
}
