package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("red,green,,blue"))
	sc.Split(func(p0 []byte, p1 bool) (int, []byte, error) {
		return lisette.ResultToGo2((func(data []byte, at_eof bool) lisette.Result[lisette.Tuple2[int, []byte], error] {
			i := bytes.IndexByte(data, byte(','))
			if i >= 0 {
				return lisette.MakeResultOk[lisette.Tuple2[int, []byte], error](lisette.Tuple2[int, []byte]{First: i + 1, Second: data[0:i:i]})
			}
			if len(data) > 0 {
				return lisette.MakeResultOk[lisette.Tuple2[int, []byte], error](lisette.Tuple2[int, []byte]{First: len(data), Second: data})
			}
			if at_eof {
				return lisette.MakeResultErr[lisette.Tuple2[int, []byte], error](io.EOF)
			}
			return lisette.MakeResultErr[lisette.Tuple2[int, []byte], error](io.ErrUnexpectedEOF)
		})(p0, p1))
	})
	n := 0
	for sc.Scan() {
		n += 1
		fmt.Printf("%d %q\n", n, sc.Text())
	}
	fmt.Println(lisette.ResultOfErr(sc.Err()).IsOk())
}
