/** Supply drives: how reconciled money turns into tires funded per size. */
package org.localis.drive;
