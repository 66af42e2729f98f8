package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	data := []byte("hi?>~")
	fmt.Println(base64.StdEncoding.EncodeToString(data))
	fmt.Println(base64.URLEncoding.EncodeToString(data))
	fmt.Println(base64.RawStdEncoding.EncodeToString(data))
	fmt.Println(base64.RawURLEncoding.EncodeToString(data))
	fmt.Println(base64.StdEncoding.EncodedLen(5), base64.RawStdEncoding.EncodedLen(5), base64.StdEncoding.DecodedLen(8))
	custom := base64.StdEncoding.WithPadding(base64.NoPadding)
	fmt.Println(custom.EncodeToString([]byte("a")))
}
