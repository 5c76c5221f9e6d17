// The login page needs no script of its own beyond common.js; the form posts to /login.
"use strict";
