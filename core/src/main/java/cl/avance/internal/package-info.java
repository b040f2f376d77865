/** Helpers shared by Avance's own packages. Not part of the API: may change in any release. */
package cl.avance.internal;
