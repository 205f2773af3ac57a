package org.kaohe.template;

/** Whether a column must be filled in, as the 说明 sheet says it. */
enum Need {
    REQUIRED, OPTIONAL, DEPENDS
}
