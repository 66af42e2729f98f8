package main

import (
	"bufio"
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("añ€!"))
	sc.Split(func(p0 []byte, p1 bool) (int, []byte, error) {
		return lisette.ResultToGo2((func(p0 []byte, p1 bool) lisette.Result[lisette.Tuple2[int, []byte], error] {
			return lisette.ResultOf2(bufio.ScanRunes(p0, p1))
		})(p0, p1))
	})
	tokens := []string{}
	for sc.Scan() {
		tokens = append(tokens, sc.Text())
	}
	fmt.Println(len(tokens), strings.Join(tokens, "/"))
}
