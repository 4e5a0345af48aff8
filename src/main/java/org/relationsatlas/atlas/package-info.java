/**
 * The atlas's pages: the map and filters beside the event panel (AtlasView, whose state is the URL:
 * AtlasQuery), and two years compared (CompareView). Other features add controls to the atlas through
 * AtlasExtension; the atlas knows none of them.
 */
package org.relationsatlas.atlas;
