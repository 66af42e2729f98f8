package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	buf := strings.Builder{}
	audit := log.New(&buf, "audit: ", log.Lmsgprefix)
	audit.Println("user ann logged in")
	audit.Printf("user %s changed %d settings", "bo", 2)
	fmt.Print(buf.String())
	fmt.Println("lines:", strings.Count(buf.String(), "\n"))
	out := log.New(os.Stdout, "", 0)
	out.SetOutput(&buf)
	out.Println("into the buffer")
	fmt.Println(strings.HasSuffix(buf.String(), "into the buffer\n"))
}
