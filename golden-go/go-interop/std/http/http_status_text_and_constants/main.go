package main

import (
	"fmt"
	"net/http"
)

func main() {
	codes := []int{http.StatusOK, http.StatusCreated, http.StatusNotFound, http.StatusTeapot, 599}
	for _, c := range codes {
		fmt.Printf("%d %q\n", c, http.StatusText(c))
	}
	fmt.Println(http.MethodGet, http.MethodPost, http.MethodPatch)
}
