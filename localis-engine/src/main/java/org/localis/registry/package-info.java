/**
 * Registry records as procurement consumes them: the identifiers (INN, OGRN, KPP, OKPD2, TN VED EAEU) with
 * their checks, and the open-data CSV layout of the state industrial information system's registry of Russian
 * industrial products (Decree No. 719), read and written.
 */
package org.localis.registry;
