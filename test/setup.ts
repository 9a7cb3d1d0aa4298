// RuleTester runs its cases as vitest tests.
import {describe, it} from 'vitest'
import {RuleTester} from '../src/testing/rule-tester.js'

RuleTester.describe = describe
RuleTester.it = it
