package com.sparkfabrik.handbook.content;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.Reader;

/** Pages are evaluated from memory; naming any other template (an include, say) is refused. */
final class NoTemplatesLoader implements Loader<String> {

    @Override
    public Reader getReader(String name) {
        throw new LoaderException(null, "pages cannot load other templates ('" + name + "')");
    }

    @Override
    public void setCharset(String charset) {}

    @Override
    public void setPrefix(String prefix) {}

    @Override
    public void setSuffix(String suffix) {}

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return relativePath;
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return false;
    }
}
