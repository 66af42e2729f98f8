package main

import "fmt"

const MAX_USERS = 250

const APP_NAME = "ledger"

const DEBUG = false

const PI_APPROX = 3.14

func main() {
	fmt.Println(APP_NAME, MAX_USERS, DEBUG, PI_APPROX)
}
