/**
 * Who may do what: anyone may view and present; only editors (role EDITOR, accounts configured
 * outside the code with hashed passwords) may create, edit, import or delete lessons.
 */
package org.relationsatlas.security;
