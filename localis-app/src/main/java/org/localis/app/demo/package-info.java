/** Demo data for the embedded default: may use every module (it is the top of the graph). */
@org.springframework.modulith.ApplicationModule
package org.localis.app.demo;
