/** Dated events, their sources, and the service and HTTP API that list them. No UI code here. */
package org.relationsatlas.events;
