package main

import "fmt"

const SECONDS_PER_MINUTE = 60

const SECONDS_PER_DAY = 24 * 60 * SECONDS_PER_MINUTE

const HALVES = 7 / 2

const LEFTOVER = -7 % 2

const HALF_LIFE = 7.0 / 2.0

func main() {
	fmt.Println(SECONDS_PER_DAY, HALVES, LEFTOVER, HALF_LIFE)
}
