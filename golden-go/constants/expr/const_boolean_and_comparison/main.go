package main

import "fmt"

const MAX_CONN = 64

const MIN_CONN = 4

const VALID_RANGE = MIN_CONN < MAX_CONN

const VERBOSE = false

const TRACE = VERBOSE || MAX_CONN >= 64

const QUIET = !TRACE && !VERBOSE

func main() {
	fmt.Println(VALID_RANGE, TRACE, QUIET)
}
