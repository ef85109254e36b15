// Run in a page of the site: how many CSS pixels of the search box's placeholder do not fit in the
// box (0 when it fits whole). The placeholder is put in as the box's value, whose overflow the box
// reports, with the room the clear button keeps beside it counted as a browser lays it out.
var input = document.getElementById("search-input");
var typed = input.value;
input.value = input.placeholder;
var cut = input.scrollWidth - input.clientWidth;
input.value = typed;
return Math.max(0, cut);
