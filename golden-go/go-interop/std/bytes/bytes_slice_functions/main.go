package main

import (
	"bytes"
	"fmt"
)

func main() {
	data := []byte("GET /index.html HTTP/1.1")
	fmt.Println(bytes.HasPrefix(data, []byte("GET ")), bytes.Contains(data, []byte("HTTP")))
	parts := bytes.Fields(data)
	fmt.Println(len(parts))
	for _, p := range parts {
		fmt.Println(string(p), len(p))
	}
	fmt.Println(string(bytes.ToUpper([]byte("mixed Case"))))
	fmt.Println(bytes.Equal([]byte("a"), []byte{97}), bytes.Compare([]byte{1, 2}, []byte{1, 3}))
	fmt.Println(bytes.IndexByte(data, byte('/')), bytes.Count(data, []byte("/")))
	joined := bytes.Join(parts, []byte("|"))
	fmt.Println(string(joined))
}
